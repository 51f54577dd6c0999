#!/usr/bin/env bash
# Construit l'image d'application Cession (et un .deb si TYPE=deb) avec le jpackage du JDK 17.
# Usage : installer/jpackage.sh            → target/installer/Cession/ (image d'application)
#         TYPE=deb installer/jpackage.sh   → target/installer/cession_0.1.0_amd64.deb
set -euo pipefail
cd "$(dirname "$0")/.."

VERSION=0.1.0
TYPE="${TYPE:-app-image}"
INPUT=target/jpackage-input

./mvnw -B -q package -DskipTests
rm -rf "$INPUT" target/installer
mkdir -p "$INPUT"
./mvnw -B -q dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$INPUT"
cp target/cession-*-SNAPSHOT.jar "$INPUT/cession.jar"
cp -r config "$INPUT/config"

ARGS=(--type "$TYPE" --name Cession --app-version "$VERSION" --vendor "Cession"
      --input "$INPUT" --main-jar cession.jar --main-class fr.cession.app.Main
      --dest target/installer
      --java-options "-Dcession.config=\$APPDIR/config" --java-options "-Dfile.encoding=UTF-8")
if [[ "$TYPE" == "deb" ]]; then
  # jpackage ne voit pas les bibliothèques natives de JavaFX : GTK 3 est déclaré à la main.
  ARGS+=(--linux-package-deps libgtk-3-0 --linux-shortcut --linux-menu-group Office)
fi
jpackage "${ARGS[@]}"
echo "Résultat dans target/installer/"

#!/usr/bin/env bash
# Construit l'image d'application Cession (et un .deb si TYPE=deb) avec le jpackage du JDK 17 et un
# runtime jlinké réduit aux modules utilisés (installer/README.md, « Modules »).
# Usage : installer/jpackage.sh            → target/installer/Cession/ (image d'application)
#         TYPE=deb installer/jpackage.sh   → target/installer-package/cession_0.1.0-1_amd64.deb
#         installer/jpackage.sh --modules  → imprime les modules que jdeps trouve dans les jars
set -euo pipefail
cd "$(dirname "$0")/.."

VERSION=0.1.0
TYPE="${TYPE:-app-image}"
INPUT=target/jpackage-input
# The package beside the image, which PackagedLauncherTest finds in target/installer.
DEST=target/installer
[[ "$TYPE" == "app-image" ]] || DEST=target/installer-package
# Ce que jdeps trouve (--modules), plus ce qu'il ne peut pas voir : jdk.localedata (dates et nombres
# en français : java.base n'a que l'anglais), jdk.crypto.ec (TLS vers PostgreSQL), jdk.unsupported
# (JavaFX), jdk.zipfs (lecture des zip de sauvegarde). Même liste dans le profil installer du pom.xml.
MODULES=java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,java.naming,java.net.http,java.prefs,java.scripting,java.security.jgss,java.sql,java.transaction.xa,java.xml,jdk.crypto.ec,jdk.localedata,jdk.net,jdk.unsupported,jdk.zipfs
# Pas de --strip-native-commands : --generate-cds-archive en a besoin, et l'archive AppCDS du
# premier lancement aussi (bin/java). --compress=2 : les classes du démarrage viennent de l'archive AppCDS.
JLINK_OPTIONS="--strip-debug --no-man-pages --no-header-files --compress=2 --include-locales=fr,en --generate-cds-archive"

if [[ "${1:-}" == "--modules" ]]; then
  ./mvnw -B -q package -DskipTests
  ./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile=target/runtime-cp.txt
  # Jar par jar : certains jars modulaires (fastexcel) empêchent jdeps de tout analyser d'un coup.
  for jar in target/cession-*.jar $(tr ':' ' ' < target/runtime-cp.txt); do
    jdeps --multi-release 17 --ignore-missing-deps --list-deps -q "$jar" 2>/dev/null || true
  done | grep -oE '^\s+(java|jdk)\.[a-z.]+' | tr -d ' \t' | sort -u | paste -sd, -
  exit 0
fi

./mvnw -B -q package -DskipTests
rm -rf "$INPUT" "$DEST"
mkdir -p "$INPUT"
./mvnw -B -q dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$INPUT"
cp target/cession-*-SNAPSHOT.jar "$INPUT/cession.jar"
cp -r config "$INPUT/config"

ARGS=(--type "$TYPE" --name Cession --app-version "$VERSION" --vendor "Cession"
      --description "Back office des commandes B2C de véhicules d'occasion"
      --input "$INPUT" --main-jar cession.jar --main-class fr.cession.app.Main
      --dest "$DEST" --icon installer/cession.png
      --add-modules "$MODULES" --jlink-options "$JLINK_OPTIONS"
      --java-options "-Dcession.config=\$APPDIR/config" --java-options "-Dfile.encoding=UTF-8"
      # AppCDS : archive créée au premier lancement à côté des jars (fr.cession.app.StartupArchive)
      --java-options "-Dcession.cds.archive=\$APPDIR/cession.jsa"
      --java-options "-XX:SharedArchiveFile=\$APPDIR/cession.jsa" --java-options "-Xshare:auto")
if [[ "$TYPE" == "deb" ]]; then
  # jpackage ne voit pas les bibliothèques natives de JavaFX : GTK 3 est déclaré à la main.
  ARGS+=(--linux-package-name cession --linux-package-deps libgtk-3-0 --linux-shortcut
         --linux-menu-group Office --linux-app-category misc --linux-deb-maintainer "support@cession.invalid")
fi
jpackage "${ARGS[@]}"
echo "Résultat dans $DEST/"

package fr.cession.sync;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class SyncConfigTest {

    @Test
    void noFileOrNoUrlMeansLocalOnly() {
        assertThat(SyncConfig.load(Path.of("target", "absent", "central.properties"))).isEmpty();
        assertThat(SyncConfig.from(new Properties())).isEmpty();
    }

    @Test
    void theExampleFileReadsAndNeverPrintsThePassword() {
        SyncConfig config = SyncConfig.load(Path.of("config", "central.properties.example")).orElseThrow();
        assertThat(config.site()).isEqualTo("LYON");
        assertThat(config.batchSize()).isEqualTo(500);
        assertThat(config.toString()).doesNotContain("change-me");
    }
}

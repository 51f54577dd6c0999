package fr.cession.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 8, logs: the shipped logback.xml keeps stack traces off the user's console, not out of the file. */
class LogFilesTest {

    @TempDir
    Path dir;

    @Test
    @SuppressWarnings("unchecked")
    void anExpectedFailureIsOneLineOnTheConsoleAndItsStackTraceGoesToTheFile() throws JoranException, IOException {
        LoggerContext context = new LoggerContext();
        context.putProperty("cession.log.dir", dir.toString());
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        context.start();
        configurator.doConfigure(Path.of("src/main/resources/logback.xml").toFile());
        Logger logger = context.getLogger("fr.cession.sync.SyncScheduler");
        SQLException refused = new SQLException("FATAL: password authentication failed for user \"cession\"", "28P01");
        // What the console appender prints for that event, through its own encoder.
        ConsoleAppender<ILoggingEvent> console =
                (ConsoleAppender<ILoggingEvent>) context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("CONSOLE");
        LoggingEvent event = new LoggingEvent(Logger.class.getName(), logger, Level.WARN,
                "Base centrale injoignable : mot de passe refusé", refused, null);
        String shown = new String(console.getEncoder().encode(event), StandardCharsets.UTF_8);
        OutputStreamAppender<ILoggingEvent> fileAppender =
                (OutputStreamAppender<ILoggingEvent>) context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("FILE");
        String file = new String(fileAppender.getEncoder().encode(event), StandardCharsets.UTF_8);
        context.stop();
        assertThat(shown).contains("Base centrale injoignable : mot de passe refusé")
                .doesNotContain("SQLException", "\tat ");
        assertThat(file).contains("Base centrale injoignable", "java.sql.SQLException", "\tat ");
    }

    /** Issue 11: the log rotates by size and by age, in the data folder, and its whole history is capped. */
    @Test
    @SuppressWarnings("unchecked")
    void theLogRotatesBySizeAndAgeInTheDataFolderWithinACap() throws JoranException, IOException {
        LoggerContext context = new LoggerContext();
        context.putProperty("cession.log.dir", dir.toString());
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        context.start();
        configurator.doConfigure(Path.of("src/main/resources/logback.xml").toFile());
        var file = (ch.qos.logback.core.rolling.RollingFileAppender<ILoggingEvent>)
                context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("FILE");
        var policy = (ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy<ILoggingEvent>) file.getRollingPolicy();
        String fileName = file.getFile();
        String pattern = policy.getFileNamePattern();
        int days = policy.getMaxHistory();
        context.stop();
        assertThat(Path.of(fileName)).isEqualTo(dir.resolve("cession.log"));
        assertThat(pattern).isEqualTo(dir.resolve("cession.%d{yyyy-MM-dd}.%i.log.gz").toString());
        assertThat(days).as("days of history, as README says").isEqualTo(30);
        // The sizes have no getter: read them where README's figures come from.
        assertThat(java.nio.file.Files.readString(Path.of("src/main/resources/logback.xml")))
                .contains("<maxFileSize>10MB</maxFileSize>", "<totalSizeCap>200MB</totalSizeCap>");
    }
}

package fr.cession.ui.task;

/** Runs background work; callbacks come back on the FX thread (or the caller's thread in tests). */
public interface TaskExecutor {

    <T> void execute(BackgroundTask<T> task);
}

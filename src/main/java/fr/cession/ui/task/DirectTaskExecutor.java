package fr.cession.ui.task;

/** Runs the work and its callbacks on the calling thread: for view model tests, without a screen. */
public final class DirectTaskExecutor implements TaskExecutor {

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        T value;
        try {
            value = task.work().call();
        } catch (Exception | Error e) {
            task.failed(e);
            return;
        }
        task.succeeded(value);
    }
}

package fr.cession.sync;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/**
 * Simulates a network that fails: down entirely, cut after K more statements (the physical
 * connection is closed, so PostgreSQL rolls the transaction back), or cut right after a commit
 * succeeded (the client never hears that it did).
 */
public final class CuttableDataSource implements DataSource {

    private final DataSource target;
    private volatile boolean down;
    private final AtomicInteger statementsLeft = new AtomicInteger(-1);
    private volatile boolean cutAfterCommit;
    private volatile java.util.concurrent.CountDownLatch commitReached;
    private volatile java.util.concurrent.CountDownLatch commitRelease;

    public CuttableDataSource(DataSource target) {
        this.target = target;
    }

    public void down(boolean down) {
        this.down = down;
    }

    public void cutAfterStatements(int k) {
        statementsLeft.set(k);
    }

    public void cutAfterNextCommit() {
        cutAfterCommit = true;
    }

    /** The next commit signals {@code reached} then waits for {@code release}: a transaction held open. */
    public void holdNextCommit(java.util.concurrent.CountDownLatch reached, java.util.concurrent.CountDownLatch release) {
        commitReached = reached;
        commitRelease = release;
    }

    public void heal() {
        down = false;
        statementsLeft.set(-1);
        cutAfterCommit = false;
    }

    private SQLException cut(Connection real) throws SQLException {
        real.close();
        return new SQLException("connexion coupée (test)", "08006");
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (down) {
            throw new SQLException("réseau indisponible (test)", "08001");
        }
        Connection real = target.getConnection();
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{Connection.class},
                (proxy, m, args) -> {
                    if (m.getName().equals("commit") && commitRelease != null) {
                        var release = commitRelease;
                        commitRelease = null;
                        commitReached.countDown();
                        release.await();
                    }
                    if (m.getName().equals("commit") && cutAfterCommit) {
                        cutAfterCommit = false;
                        real.commit();
                        throw cut(real);
                    }
                    Object result = invoke(real, m, args);
                    if (result instanceof Statement s) {
                        return statement(real, s);
                    }
                    return result;
                });
    }

    private Object statement(Connection real, Statement s) {
        Class<?>[] interfaces = s.getClass().getInterfaces();
        InvocationHandler h = (proxy, m, args) -> {
            if (m.getName().startsWith("execute")) {
                if (down || statementsLeft.get() == 0) {
                    throw cut(real);
                }
                statementsLeft.updateAndGet(n -> n > 0 ? n - 1 : n);
            }
            return invoke(s, m, args);
        };
        return Proxy.newProxyInstance(getClass().getClassLoader(), allInterfaces(s.getClass()), h);
    }

    private static Class<?>[] allInterfaces(Class<?> c) {
        java.util.Set<Class<?>> all = new java.util.LinkedHashSet<>();
        for (Class<?> k = c; k != null; k = k.getSuperclass()) {
            all.addAll(java.util.Arrays.asList(k.getInterfaces()));
        }
        return all.toArray(new Class<?>[0]);
    }

    private static Object invoke(Object target, java.lang.reflect.Method m, Object[] args) throws Throwable {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return target.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        target.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        target.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return target.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return target.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return target.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return target.isWrapperFor(iface);
    }
}

package org.paceline.storage;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.sql.ConnectionEvent;
import javax.sql.ConnectionEventListener;
import javax.sql.ConnectionPoolDataSource;
import javax.sql.DataSource;
import javax.sql.PooledConnection;

/**
 * A small pool of connections to a team plan's server: at most {@code max} at once (a command
 * uses one or two, a window a few, so dozens of users fit a default server). A connection the
 * server closed (a restart, a network cut) is noticed before it is handed out, or by the
 * driver's error event when it breaks in use, and is replaced by a new one: losing the
 * connection costs the change under way, never the session.
 */
final class ServerPool implements DataSource, ConnectionEventListener, AutoCloseable {

  private final ConnectionPoolDataSource source;
  private final Semaphore permits;
  private final int waitSeconds;
  private final Deque<PooledConnection> idle = new ArrayDeque<>();
  private final Set<PooledConnection> broken = ConcurrentHashMap.newKeySet();
  private volatile boolean closed;

  ServerPool(ConnectionPoolDataSource source, int max, int waitSeconds) {
    this.source = source;
    this.permits = new Semaphore(max, true);
    this.waitSeconds = waitSeconds;
  }

  @Override
  public Connection getConnection() throws SQLException {
    if (closed) {
      throw new SQLException("The workspace is closed.", "08003");
    }
    try {
      if (!permits.tryAcquire(waitSeconds, TimeUnit.SECONDS)) {
        throw new SQLTransientConnectionException("Every connection of this window is busy.",
            "08004");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLException("Interrupted while waiting for a connection.", "08004", e);
    }
    try {
      while (true) {
        PooledConnection reused;
        synchronized (idle) {
          reused = idle.pollFirst();
        }
        if (reused == null) {
          PooledConnection fresh = source.getPooledConnection();
          fresh.addConnectionEventListener(this);
          return fresh.getConnection();
        }
        Connection c = null;
        try {
          c = reused.getConnection();
          try (var st = c.createStatement()) {
            st.execute("SELECT 1");
          }
          return c;
        } catch (SQLException e) {
          // Gone while idle: drop it and try the next (or a new one).
          broken.remove(reused);
          quietly(reused);
        }
      }
    } catch (SQLException | RuntimeException e) {
      permits.release();
      throw e;
    }
  }

  /** A connection outside the pool's count, for the change listener. */
  PooledConnection extra() throws SQLException {
    return source.getPooledConnection();
  }

  @Override
  public void connectionClosed(ConnectionEvent event) {
    PooledConnection pc = (PooledConnection) event.getSource();
    if (broken.remove(pc) || closed) {
      quietly(pc);
    } else {
      synchronized (idle) {
        idle.addFirst(pc);
      }
    }
    permits.release();
  }

  @Override
  public void connectionErrorOccurred(ConnectionEvent event) {
    broken.add((PooledConnection) event.getSource());
  }

  @Override
  public void close() {
    closed = true;
    synchronized (idle) {
      idle.forEach(ServerPool::quietly);
      idle.clear();
    }
  }

  private static void quietly(PooledConnection pc) {
    try {
      pc.close();
    } catch (SQLException e) {
      // closing a dead connection: nothing more to do
    }
  }

  @Override
  public Connection getConnection(String user, String password) throws SQLException {
    throw new SQLException("A team plan's login is chosen when it is opened.");
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    // the pool logs nothing
  }

  @Override
  public void setLoginTimeout(int seconds) {
    // the driver's login timeout is set on the data source
  }

  @Override
  public int getLoginTimeout() {
    return waitSeconds;
  }

  @Override
  public Logger getParentLogger() {
    return Logger.getLogger("org.paceline.storage");
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    throw new SQLException("not a wrapper");
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return false;
  }
}

package org.paceline.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.LongConsumer;
import javax.sql.PooledConnection;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens for other users' changes to a team plan ({@code LISTEN}; the server's trigger sends a
 * notification per changed plan after each commit) on one connection of its own, and reports
 * the plans this client has not seen at that version. A lost connection is opened again.
 */
final class ServerChanges implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ServerChanges.class);

  private final ServerPool pool;
  private final PlanRepository plans;
  private final LongConsumer onChange;
  private final Thread thread;
  private volatile boolean closed;

  ServerChanges(ServerPool pool, PlanRepository plans, LongConsumer onChange) {
    this.pool = pool;
    this.plans = plans;
    this.onChange = onChange;
    this.thread = new Thread(this::listen, "paceline-changes");
    thread.setDaemon(true);
    thread.start();
  }

  private void listen() {
    while (!closed) {
      PooledConnection pc = null;
      try {
        pc = pool.extra();
        Connection c = pc.getConnection();
        try (var st = c.createStatement()) {
          st.execute("LISTEN " + ServerGrants.CHANNEL);
        }
        PGConnection pg = c.unwrap(PGConnection.class);
        while (!closed) {
          PGNotification[] notes = pg.getNotifications(500);
          if (notes == null) {
            continue;
          }
          for (PGNotification n : notes) {
            report(n.getParameter());
          }
        }
      } catch (SQLException | RuntimeException e) {
        if (!closed) {
          LOG.debug("Change listener lost its connection: {}", e.getMessage());
          sleep();
        }
      } finally {
        if (pc != null) {
          try {
            pc.close();
          } catch (SQLException e) {
            // gone already
          }
        }
      }
    }
  }

  private void report(String payload) {
    String[] w = payload.split(" ", 3);
    try {
      long id = Long.parseLong(w[0]);
      long version = Long.parseLong(w[1]);
      if (version < 0 || !plans.isCurrent(id, version)) {
        onChange.accept(id);
      }
    } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
      LOG.debug("Ignored a change notice: {}", payload);
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(2000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    closed = true;
    thread.interrupt();
  }
}

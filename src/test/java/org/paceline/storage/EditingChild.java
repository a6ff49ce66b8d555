package org.paceline.storage;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.paceline.edit.PlanEditor;
import org.paceline.model.Program;

/**
 * The child process of {@link KillTest}: opens a workspace as the app does and edits through the
 * app's own {@link PlanEditor} (one transaction per change), reading commands from stdin and
 * acknowledging each once it returned, as the board shows an edit once it returned.
 * Commands: {@code move <index> <days>} and {@code undo}.
 */
public final class EditingChild {

  private EditingChild() {}

  public static void main(String[] args) throws Exception {
    Workspace ws = Workspace.open(Path.of(args[0]));
    long planId = Long.parseLong(args[1]);
    PlanEditor editor = new PlanEditor(ws.plans());
    editor.show(planId, editor.load(planId));
    System.out.println("ready");
    System.out.flush();
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in,
        StandardCharsets.UTF_8));
    for (String line; (line = in.readLine()) != null; ) {
      String[] w = line.split(" ");
      if (w[0].equals("move")) {
        Program p = editor.plan().programs().get(Integer.parseInt(w[1]));
        int days = Integer.parseInt(w[2]);
        editor.changeProgram(p, p.withDates(p.start().plusDays(days), p.end().plusDays(days)),
            "Move " + p.name());
      } else if (w[0].equals("undo")) {
        editor.commands().undo();
      }
      System.out.println("ok");
      System.out.flush();
    }
  }
}

package org.paceline.edit;

import java.util.List;

/**
 * A step that changes the workspace rather than one plan's content: deleting a scenario, adopting
 * it. It is on every plan's undo list (see {@link CommandStack#executeWorkspace}).
 */
public interface WorkspaceCommand extends Command {

  /**
   * The plans (by id) whose content or existence this step changes: their own edits made after
   * it no longer fit once it is undone or redone.
   */
  List<Long> plans();
}

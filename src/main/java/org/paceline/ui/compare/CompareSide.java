package org.paceline.ui.compare;

import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The side of the board while comparing: the changes and the board's own conflict list as two
 * tabs in the conflict list's place, so each gets the whole height instead of a quarter of it.
 */
final class CompareSide extends TabPane {

  private final Tab conflictsTab;

  /**
   * @param changes the compare panel
   * @param conflicts the board's conflict list, lent for as long as the comparison lasts
   * @param changeList the changes, for the tab's count
   */
  CompareSide(Node changes, Node conflicts, ObservableList<?> changeList) {
    setId("compareSide");
    setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
    setMinHeight(0);
    Tab changesTab = new Tab();
    changesTab.setId("compareChangesTab");
    changesTab.textProperty().bind(Bindings.createStringBinding(
        () -> "Changes (" + changeList.size() + ")", changeList));
    changesTab.setContent(changes);
    conflictsTab = new Tab("All conflicts", conflicts);
    conflictsTab.setId("compareConflictsTab");
    getTabs().setAll(changesTab, conflictsTab);
  }

  /** Gives the conflict list back (before the board puts it in its own place again). */
  void release() {
    conflictsTab.setContent(null);
  }
}

package org.paceline.model;

import java.time.LocalDateTime;

/**
 * A stored plan as a list shows it.
 *
 * @param id the workspace's key for it
 * @param name its name
 * @param programs how many programs it has
 * @param initiatives how many initiatives it has
 * @param createdAt when it was added to the workspace
 */
public record PlanSummary(
    long id, String name, int programs, int initiatives, LocalDateTime createdAt) {}

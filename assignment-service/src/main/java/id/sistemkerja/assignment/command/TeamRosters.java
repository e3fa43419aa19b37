package id.sistemkerja.assignment.command;

import java.util.List;

/**
 * Which orders gave TEAM assignments of a work team (TEAM-12 ends them with the team). Written by the command that
 * issues a TEAM order, in its database transaction, so the roster and the events never disagree.
 */
public interface TeamRosters {

    void join(String teamId, String orderId);

    /** Orders that gave assignments of {@code teamId}, in issue order. */
    List<String> ordersOf(String teamId);
}

package id.sistemkerja.assignment.command;

import id.sistemkerja.regulation.profile.Grounds;
import id.sistemkerja.regulation.profile.RegulationProfile;

import java.time.LocalDate;

/**
 * Acts in time order: an act is not dated before the act it rests on (an approval before the request, an issue before
 * the approval or proposal, an amendment or revocation before the issue). Acts carry the server's date, so this guards
 * against clocks that disagree (12.12).
 */
final class TimeOrder {

    private TimeOrder() {
    }

    /** ASG-04: an act on an order is not dated before the act it rests on. */
    static void requireInTimeOrder(LocalDate act, LocalDate dependsOn, String what, RegulationProfile profile) {
        requireInTimeOrder(act, dependsOn, what, AssignmentRule.ASG_04.grounds(profile));
    }

    /** An act under {@code grounds} is not dated before the act it answers (e.g. an approval before the request). */
    static void requireInTimeOrder(LocalDate act, LocalDate dependsOn, String what, Grounds grounds) {
        if (dependsOn != null && act.isBefore(dependsOn)) {
            throw grounds.refusal("date", grounds.ruleId() + ": this act would be dated " + act + ", before " + what
                    + " " + dependsOn);
        }
    }
}

package id.sistemkerja.regulation.profile;

import java.util.List;

/**
 * To whom a report goes (RPT-01, RPT-02).
 *
 * @param anyOf        the report goes to these officials ("and/or": at least one of them)
 * @param hierarchical the report travels up the hierarchy (secara berjenjang)
 * @param periodic     reports are due periodically (berkala), besides on request
 */
public record ReportRecipients(List<Official> anyOf, boolean hierarchical, boolean periodic) {

    public ReportRecipients {
        anyOf = List.copyOf(anyOf);
    }
}

package id.sistemkerja.assignment.command;

import id.sistemkerja.assignment.api.ActingOfficial;
import id.sistemkerja.assignment.api.AssignmentTerms;
import id.sistemkerja.assignment.api.OrderOrigin;
import id.sistemkerja.assignment.api.Recipient;
import id.sistemkerja.contracts.vocabulary.AssignmentForm;
import id.sistemkerja.contracts.vocabulary.AssignmentMode;
import id.sistemkerja.contracts.vocabulary.AssignmentScope;
import id.sistemkerja.regulation.profile.UnitLocation;

import java.time.LocalDate;
import java.util.List;

/** What an order is about, drafted or about to be issued. */
record OrderDraft(String orderId, OrderOrigin origin, AssignmentMode mode, AssignmentScope scope, AssignmentForm form,
                  String teamId, UnitLocation owning, List<String> nips, AssignmentTerms terms,
                  ActingOfficial draftedBy, List<Recipient> copies, LocalDate draftedOn) {
}

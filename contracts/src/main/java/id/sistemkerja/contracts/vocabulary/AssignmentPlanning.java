package id.sistemkerja.contracts.vocabulary;

/**
 * Whether an assignment was planned with the budget plan or made when needed (ASG-03): penugasan terencana / tak
 * terencana.
 */
public enum AssignmentPlanning { PLANNED, UNPLANNED }

package id.sistemkerja.contracts.vocabulary;

/** Whether an assignment is given to one employee or as membership of a work team (ASG-03): individu / tim kerja. */
public enum AssignmentForm { INDIVIDUAL, TEAM }

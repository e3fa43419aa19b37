package id.sistemkerja.contracts.vocabulary;

/** Whether an assignment is a routine or an incidental task (ASG-03): tugas rutin / tugas insidental. */
public enum AssignmentNature { ROUTINE, INCIDENTAL }

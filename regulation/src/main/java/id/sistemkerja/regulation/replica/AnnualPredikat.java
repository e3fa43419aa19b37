package id.sistemkerja.regulation.replica;

import id.sistemkerja.contracts.vocabulary.Predikat;

/** An employee's performance predikat for one year. */
public record AnnualPredikat(int year, Predikat predikat) {
}

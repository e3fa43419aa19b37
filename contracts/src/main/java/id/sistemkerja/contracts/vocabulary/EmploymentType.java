package id.sistemkerja.contracts.vocabulary;

/** Pegawai ASN: Pegawai Negeri Sipil or Pegawai Pemerintah dengan Perjanjian Kerja. */
public enum EmploymentType { PNS, PPPK }

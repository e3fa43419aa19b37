-- One database per service (ARCHITECTURE.md). Tables are created by the services on start.
CREATE DATABASE sikerja_org;
CREATE DATABASE sikerja_assignment;
CREATE DATABASE sikerja_team;
CREATE DATABASE sikerja_performance;

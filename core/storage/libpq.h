// The functions of libpq, the PostgreSQL client library, that SqlRows reads the team server's rows with,
// looked up in the library when the first server statement needs them instead of linked into the programs:
// a program that works in a municipality file then never loads libpq and the libraries it brings along (TLS,
// Kerberos, LDAP, about twenty), which the dynamic loader would otherwise map and relocate at every start of
// aantafel-cli. On the team server Qt's PostgreSQL driver has loaded libpq already for its connection: the
// look-up finds that same library. Only the declarations of libpq-fe.h are used.
#pragma once

#include <QString>

#include <libpq-fe.h>

struct Libpq {
    decltype(&PQexecParams) execParams;
    decltype(&PQresultStatus) resultStatus;
    decltype(&PQresultErrorField) resultErrorField;
    decltype(&PQerrorMessage) errorMessage;
    decltype(&PQclear) clear;
    decltype(&PQntuples) ntuples;
    decltype(&PQnfields) nfields;
    decltype(&PQfname) fname;
    decltype(&PQftype) ftype;
    decltype(&PQgetisnull) getisnull;
    decltype(&PQgetvalue) getvalue;
    decltype(&PQgetlength) getlength;
    decltype(&PQunescapeBytea) unescapeBytea;
    decltype(&PQfreemem) freemem;

    // The functions, looked up once (thread-safe); nullptr when libpq cannot be loaded or lacks one of them,
    // and then why in `problem` (in English, from the loader).
    static const Libpq* functions(QString* problem = nullptr);
};

#include "libpq.h"

#include <QLibrary>

namespace {

struct Loaded {
    Libpq functions{};
    bool ok = false;
    QString problem;
};

// Sets `function` to the library's function of that name; false when it has none.
template <typename F> bool resolve(QLibrary& library, const char* name, F& function, QString& problem) {
    function = reinterpret_cast<F>(library.resolve(name));
    if (!function)
        problem = library.errorString();
    return function != nullptr;
}

Loaded load() {
    Loaded loaded;
#ifdef Q_OS_WIN
    QLibrary library(QStringLiteral("libpq"));
#else
    QLibrary library(QStringLiteral("pq"), 5); // libpq.so.5, the major version of libpq-fe.h's interface
#endif
    // Never unloaded: the library stays for the program's life, as a linked one would.
    if (!library.load()) {
        loaded.problem = library.errorString();
        return loaded;
    }
    Libpq& f = loaded.functions;
    QString& p = loaded.problem;
    loaded.ok = resolve(library, "PQexecParams", f.execParams, p) &&
                resolve(library, "PQresultStatus", f.resultStatus, p) &&
                resolve(library, "PQresultErrorField", f.resultErrorField, p) &&
                resolve(library, "PQerrorMessage", f.errorMessage, p) && resolve(library, "PQclear", f.clear, p) &&
                resolve(library, "PQntuples", f.ntuples, p) && resolve(library, "PQnfields", f.nfields, p) &&
                resolve(library, "PQfname", f.fname, p) && resolve(library, "PQftype", f.ftype, p) &&
                resolve(library, "PQgetisnull", f.getisnull, p) && resolve(library, "PQgetvalue", f.getvalue, p) &&
                resolve(library, "PQgetlength", f.getlength, p) &&
                resolve(library, "PQunescapeBytea", f.unescapeBytea, p) && resolve(library, "PQfreemem", f.freemem, p);
    return loaded;
}

} // namespace

const Libpq* Libpq::functions(QString* problem) {
    static const Loaded loaded = load();
    if (problem)
        *problem = loaded.problem;
    return loaded.ok ? &loaded.functions : nullptr;
}

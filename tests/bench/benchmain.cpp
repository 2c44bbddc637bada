// The scale benchmark's runner: Catch2 with benchmarking enabled, a QCoreApplication, and four options
// of its own: --cases N (the size of the generated municipality file), --years Y (the years its cases
// came in over; by default as many as keep a year at about 25,000 cases, at least four), --dir PATH
// (where generated files are kept between runs, so that a 1,000,000-case file is made once) and
// --server URL (a superuser's postgresql:// location: measure the same municipality on that team server).
#define CATCH_CONFIG_RUNNER
#define CATCH_CONFIG_ENABLE_BENCHMARKING
#include <catch2/catch.hpp>

#include "benchsupport.h"

#include <QCoreApplication>
#include <QLocale>

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    Catch::Session session;
    int cases = 100000;
    int years = 0;
    std::string dir;
    std::string server;
    using Catch::clara::Opt;
    session.cli(
        session.cli() | Opt(cases, "cases")["--cases"]("cases in the generated municipality file") |
        Opt(years, "years")["--years"]("the years the cases came in over (default: 25,000 a year, at least 4)") |
        Opt(dir, "dir")["--dir"]("where generated files are kept between runs") |
        Opt(server, "url")["--server"]("a superuser's postgresql:// location: measure the municipality moved there"));
    if (const int rc = session.applyCommandLine(argc, argv); rc != 0)
        return rc;
    BenchConfig::set(cases, years, QString::fromStdString(dir), QString::fromStdString(server));
    return session.run();
}

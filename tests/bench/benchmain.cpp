// The scale benchmark's runner: Catch2 with benchmarking enabled, a QCoreApplication, and two options
// of its own: --cases N (the size of the generated municipality file) and --dir PATH (where generated
// files are kept between runs, so that a 1,000,000-case file is made once).
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
    std::string dir;
    using Catch::clara::Opt;
    session.cli(session.cli() | Opt(cases, "cases")["--cases"]("cases in the generated municipality file") |
                Opt(dir, "dir")["--dir"]("where generated files are kept between runs"));
    if (const int rc = session.applyCommandLine(argc, argv); rc != 0)
        return rc;
    BenchConfig::set(cases, QString::fromStdString(dir));
    return session.run();
}

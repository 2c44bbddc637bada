// Test entry point for the core, storage and CLI tests: a QCoreApplication (the SQL driver
// plugins need one) around Catch2's session.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}

# Installs the build into a scratch prefix and checks that everything a package needs is there: the
# two programs, the translations, the man pages, the menu entry, the file type, the icons and the
# licences (the program's and the embedded font's); and that the installed command line runs.
# cmake -DBUILD_DIR=... -DPREFIX=... -DVERSION=... -P checkinstall.cmake
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND ${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix "${PREFIX}" OUTPUT_QUIET
                RESULT_VARIABLE installed)
if(NOT installed EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${installed})")
endif()
set(expected
    bin/aantafel
    bin/aantafel-cli
    libexec/aantafel/aantafel-cli-full
    share/aantafel/translations/aantafel_nl.qm
    share/aantafel/translations/aantafel_en.qm
    share/applications/nl.aantafel.AanTafel.desktop
    share/mime/packages/aantafel.xml
    share/icons/hicolor/48x48/apps/aantafel.png
    share/icons/hicolor/256x256/apps/aantafel.png
    share/icons/hicolor/scalable/apps/aantafel.svg
    share/man/man1/aantafel.1
    share/man/man1/aantafel-cli.1
    share/doc/aantafel/LICENSE
    share/doc/aantafel/OFL-LiberationSans.txt
    share/doc/aantafel/copyright
    share/doc/aantafel/README.md)
set(missing)
foreach(file IN LISTS expected)
    if(NOT EXISTS "${PREFIX}/${file}")
        list(APPEND missing ${file})
    endif()
endforeach()
if(missing)
    message(FATAL_ERROR "not installed: ${missing}")
endif()
file(READ "${PREFIX}/share/man/man1/aantafel-cli.1" man)
if(NOT man MATCHES "Aan Tafel ${VERSION}")
    message(FATAL_ERROR "the installed man page does not carry the version ${VERSION}")
endif()
execute_process(COMMAND "${PREFIX}/bin/aantafel-cli" --version OUTPUT_VARIABLE version RESULT_VARIABLE ran)
if(NOT ran EQUAL 0 OR NOT version STREQUAL "aantafel-cli ${VERSION}\n")
    message(FATAL_ERROR "the installed aantafel-cli says '${version}' (exit ${ran}), expected version ${VERSION}")
endif()
# The installed aantafel-cli finds its other half: a PDF command line reaches aantafel-cli-full, whose
# refusal of a missing file is what comes back, not the message that the other half is missing.
execute_process(COMMAND "${PREFIX}/bin/aantafel-cli" report "${PREFIX}/geen.aantafel" --year 2025 --format pdf
                        --out "${PREFIX}/geen.pdf"
                ERROR_VARIABLE refusal RESULT_VARIABLE ran)
if(NOT ran EQUAL 2 OR refusal MATCHES "aantafel-cli-full" OR NOT refusal MATCHES "geen.aantafel")
    message(FATAL_ERROR "the installed aantafel-cli did not hand a PDF command to aantafel-cli-full: '${refusal}' (exit ${ran})")
endif()
file(REMOVE_RECURSE "${PREFIX}")
message(STATUS "install tree complete")

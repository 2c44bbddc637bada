// Creating a new municipality file in one go: schema, settings, seeded theme list and the shipped
// decreed days. Used by aantafel-cli init, the demo generator and the "Nieuw" wizard.
#pragma once

#include "database.h"
#include "municipalitysettings.h"

#include <memory>

namespace MunicipalityFile {
std::unique_ptr<Database> create(const QString& path, const MunicipalitySettings& settings, const QString& user);
// The themes every new file starts with (from the ombudsman's report, chapter 3).
QStringList defaultThemes();
} // namespace MunicipalityFile

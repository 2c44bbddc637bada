#include "municipalitysettings.h"

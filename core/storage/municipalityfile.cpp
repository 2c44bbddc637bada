#include "municipalityfile.h"

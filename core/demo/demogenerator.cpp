#include "demogenerator.h"

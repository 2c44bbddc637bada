#include "intakeflags.h"

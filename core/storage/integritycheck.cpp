#include "integritycheck.h"

#include "storageerror.h"

#include "auditlog.h"

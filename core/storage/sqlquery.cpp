#include "sqlquery.h"

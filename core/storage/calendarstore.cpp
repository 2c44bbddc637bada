#include "calendarstore.h"

#include "holidaycalendar.h"

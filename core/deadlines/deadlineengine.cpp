#include "deadlineengine.h"

#include "deadline.h"

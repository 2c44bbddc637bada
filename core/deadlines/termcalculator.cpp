#include "termcalculator.h"

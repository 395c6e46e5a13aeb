# Writes the CSV file CSV as a C++ string literal into INC, split into chunks
# that every compiler accepts.
file(READ ${CSV} content)
string(LENGTH "${content}" total)
set(out "")
set(pos 0)
while(pos LESS total)
  string(SUBSTRING "${content}" ${pos} 16000 chunk)
  string(APPEND out "R\"csv(${chunk})csv\"\n")
  math(EXPR pos "${pos} + 16000")
endwhile()
file(WRITE ${INC} "${out}")

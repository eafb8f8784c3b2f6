import sys

from benchmarks.peers import main

main(sys.argv[1:])

import sys

from demo.clinic import main

sys.exit(main())

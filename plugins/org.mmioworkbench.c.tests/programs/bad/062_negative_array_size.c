// expect: exit=2 stderr~062_negative_array_size.c:4:12: error: size of array 'fifo' is negative
#define FIFO_DEPTH (16 - 32)

static int fifo[FIFO_DEPTH];

int main(void)
{
    return fifo[0];
}

// expect: exit=2 stderr~023_variable_length_array.c:4:9: error: variable-length arrays are not supported
static int sum(int n)
{
    int samples[n];
    int total = 0;
    for (int i = 0; i < n; i++) {
        samples[i] = i;
        total += samples[i];
    }
    return total;
}

int main(void)
{
    return sum(4) == 6 ? 0 : 1;
}

// expect: exit=2 stderr~015_goto_undefined_label.c:6:9: error: label 'cleanup' used but not defined
int main(void)
{
    int rc = 1;
    if (rc)
        goto cleanup;
    return 0;
}

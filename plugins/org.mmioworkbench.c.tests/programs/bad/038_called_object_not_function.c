// expect: exit=2 stderr~038_called_object_not_function.c:5:12: error: called object 'status' is not a function or function pointer
int main(void)
{
    int status = 0;
    return status();
}

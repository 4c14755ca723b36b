// expect: exit=2 stderr~005_error_directive.c:5:2: error: #error "this driver needs the rpi4b board"
#define BOARD_QEMU_VIRT 1

#ifdef BOARD_QEMU_VIRT
#error "this driver needs the rpi4b board"
#endif

int main(void)
{
    return 0;
}

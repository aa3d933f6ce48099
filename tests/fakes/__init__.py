"""Small fakes for tests: the clock (clock.py), a USB stick (usb.py); the network fake is
kiosk.sync.transport.FakeTransport, which the sync worker takes in place of HTTP."""
